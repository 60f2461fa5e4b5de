/**
 * The Spanish application menu. Items use Electron roles (so shortcuts and platform behaviour are
 * native) with Spanish labels, because role labels default to English.
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Reload and developer tools exist only in a dev checkout. */
  isPackaged: boolean;
}

export function menuTemplate({ appName, isMac, isPackaged }: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { role: 'about', label: `Acerca de ${appName}` };
  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services', label: 'Servicios' },
      { type: 'separator' },
      { role: 'hide', label: `Ocultar ${appName}` },
      { role: 'hideOthers', label: 'Ocultar otros' },
      { role: 'unhide', label: 'Mostrar todo' },
      { type: 'separator' },
      { role: 'quit', label: `Salir de ${appName}` },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload', label: 'Recargar' },
        { role: 'toggleDevTools', label: 'Herramientas de desarrollo' },
        { type: 'separator' },
      ];
  return [
    ...(isMac ? [macAppMenu] : []),
    {
      label: 'Archivo',
      submenu: [isMac ? { role: 'close', label: 'Cerrar ventana' } : { role: 'quit', label: 'Salir' }],
    },
    {
      label: 'Editar',
      submenu: [
        { role: 'undo', label: 'Deshacer' },
        { role: 'redo', label: 'Rehacer' },
        { type: 'separator' },
        { role: 'cut', label: 'Cortar' },
        { role: 'copy', label: 'Copiar' },
        { role: 'paste', label: 'Pegar' },
        { role: 'selectAll', label: 'Seleccionar todo' },
      ],
    },
    {
      label: 'Ver',
      submenu: [
        ...devItems,
        { role: 'zoomIn', label: 'Aumentar zoom' },
        { role: 'zoomOut', label: 'Reducir zoom' },
        { role: 'resetZoom', label: 'Restablecer zoom' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Pantalla completa' },
      ],
    },
    { label: 'Ayuda', submenu: [about] },
  ];
}

export function setApplicationMenu(): void {
  // What "Acerca de Acuerda" shows (a native panel on macOS and Linux, a dialog on Windows).
  app.setAboutPanelOptions({
    applicationName: app.name,
    applicationVersion: app.getVersion(),
    copyright: 'Secretaría técnica de la instancia de concertación contra la violencia de género',
  });
  const template = menuTemplate({ appName: app.name, isMac: process.platform === 'darwin', isPackaged: app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
