/**
 * Saving exported documents to disk, asked through two channels outside the contract. A file is
 * written only where the user chose in the system's save dialog (which asks before replacing an
 * existing file), and only such a file may then be opened with its default program.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, ipcMain, type SaveDialogOptions, shell } from 'electron';
import { DESKTOP_CHANNELS, type FileToSave } from '../../shared/desktop';
import { isTrustedSender } from './security';

type Sender = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

/** The dialog's file-type filter, named the way the office names each kind of file. */
const FILTERS: Record<string, string> = {
  docx: 'Documento de Word',
  pdf: 'Documento PDF',
  jpg: 'Imagen JPG',
  jpeg: 'Imagen JPG',
  png: 'Imagen PNG',
};

function isFileToSave(value: unknown): value is FileToSave {
  if (typeof value !== 'object' || value === null) return false;
  const { fileName, mimeType, dataBase64 } = value as Record<string, unknown>;
  return typeof fileName === 'string' && fileName !== '' && typeof mimeType === 'string' && typeof dataBase64 === 'string';
}

function dialogOptions(fileName: string): SaveDialogOptions {
  // Only a name is suggested: a folder in it would let the page pick where to write.
  const name = path.basename(fileName.replaceAll('\\', '/'));
  const extension = path.extname(name).slice(1).toLowerCase();
  const filter = FILTERS[extension];
  return {
    title: 'Guardar documento',
    defaultPath: path.join(app.getPath('documents'), name),
    buttonLabel: 'Guardar',
    filters: filter ? [{ name: filter, extensions: [extension] }] : [],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** Registers both channels; the files saved are remembered for as long as this process runs. */
export function registerFileChannels(): void {
  const saved = new Set<string>();

  ipcMain.handle(DESKTOP_CHANNELS.saveFile, async (event: Sender, file: unknown): Promise<string | null> => {
    if (!isTrustedSender(event.senderFrame) || !isFileToSave(file)) return null;
    const options = dialogOptions(file.fileName);
    const owner = BrowserWindow.fromWebContents(event.sender);
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await fs.writeFile(choice.filePath, Buffer.from(file.dataBase64, 'base64'));
    saved.add(choice.filePath);
    return choice.filePath;
  });

  ipcMain.handle(DESKTOP_CHANNELS.openPath, async (event: Sender, filePath: unknown): Promise<boolean> => {
    if (!isTrustedSender(event.senderFrame) || typeof filePath !== 'string' || !saved.has(filePath)) return false;
    // openPath answers with an error message, or an empty string once the program has opened it.
    return (await shell.openPath(filePath)) === '';
  });
}
