import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { menuTemplate, setApplicationMenu } from '../../../electron/main/menu';
import { app, Menu, resetFake, state } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electron);

beforeEach(() => resetFake());

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const submenu = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label)?.submenu as MenuItemConstructorOptions[];
const allItems = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);

describe('application menu', () => {
  it('has Spanish top menus on Windows and Linux', () => {
    const template = menuTemplate({ appName: 'Acuerda', isMac: false, isPackaged: true });
    expect(labels(template)).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);
    expect(labels(submenu(template, 'Archivo'))).toEqual(['Salir']);
    expect(submenu(template, 'Archivo')[0].role).toBe('quit');
    expect(labels(submenu(template, 'Ayuda'))).toEqual(['Acerca de Acuerda']);
  });

  it('puts the app menu first on macOS', () => {
    const template = menuTemplate({ appName: 'Acuerda', isMac: true, isPackaged: true });
    expect(labels(template)).toEqual(['Acuerda', 'Archivo', 'Editar', 'Ver', 'Ayuda']);
    expect(labels(submenu(template, 'Acuerda'))).toContain('Salir de Acuerda');
  });

  it('edits with native roles under Spanish labels', () => {
    const edit = submenu(menuTemplate({ appName: 'Acuerda', isMac: false, isPackaged: true }), 'Editar');
    const roles = Object.fromEntries(edit.filter((item) => item.role).map((item) => [item.label, item.role]));
    expect(roles).toEqual({
      Deshacer: 'undo',
      Rehacer: 'redo',
      Cortar: 'cut',
      Copiar: 'copy',
      Pegar: 'paste',
      'Seleccionar todo': 'selectAll',
    });
  });

  it('offers Recargar only outside a packaged app', () => {
    const view = (isPackaged: boolean) => labels(submenu(menuTemplate({ appName: 'Acuerda', isMac: false, isPackaged }), 'Ver'));
    expect(view(false)).toContain('Recargar');
    expect(view(true)).not.toContain('Recargar');
    expect(view(true)).not.toContain('Herramientas de desarrollo');
    expect(view(true)).toEqual(expect.arrayContaining(['Aumentar zoom', 'Reducir zoom', 'Restablecer zoom', 'Pantalla completa']));
  });

  it('labels every item, so no English role label shows through', () => {
    for (const isMac of [true, false]) {
      for (const item of allItems(menuTemplate({ appName: 'Acuerda', isMac, isPackaged: false }))) {
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
      }
    }
  });

  it('is installed as the application menu', () => {
    state.isPackaged = true;
    setApplicationMenu();
    expect(Menu.buildFromTemplate).toHaveBeenCalledOnce();
    const template = Menu.buildFromTemplate.mock.calls[0][0] as MenuItemConstructorOptions[];
    expect(labels(template)).toContain('Archivo');
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0].value);
    expect(app.setAboutPanelOptions).toHaveBeenCalledWith(expect.objectContaining({ applicationName: 'Acuerda' }));
  });
});
