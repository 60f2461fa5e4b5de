/**
 * The renderer's only doors out: `window.acuerda`, one function per contract method, each
 * forwarding its single argument over that method's IPC channel; and `window.acuerdaDesktop`, the
 * desktop-only actions (shared/desktop.ts): two for files, one for system notifications. Nothing
 * else is exposed (no ipcRenderer, no Node): the page cannot send on any other channel.
 *
 * Sandboxed preloads can only require 'electron' and a few built-ins, so this file is bundled
 * alone (with the contract and zod) into out/preload/index.cjs.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { type AcuerdaApi, ipcChannel, METHOD_NAMES } from '../../shared/contract';
import { type AcuerdaDesktop, DESKTOP_CHANNELS } from '../../shared/desktop';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function buildApi(invoke: Invoke): AcuerdaApi {
  const entries = METHOD_NAMES.map((method) => [method, (input: unknown) => invoke(ipcChannel(method), input)]);
  return Object.freeze(Object.fromEntries(entries)) as AcuerdaApi;
}

export function buildDesktop(invoke: Invoke): AcuerdaDesktop {
  const desktop: AcuerdaDesktop = {
    // Only the three fields cross, whatever else the page put in the object.
    saveFile: ({ fileName, mimeType, dataBase64 }) =>
      invoke(DESKTOP_CHANNELS.saveFile, { fileName, mimeType, dataBase64 }) as Promise<string | null>,
    openPath: (path) => invoke(DESKTOP_CHANNELS.openPath, path) as Promise<boolean>,
    notify: ({ title, body }) => invoke(DESKTOP_CHANNELS.notify, { title, body }) as Promise<boolean>,
  };
  return Object.freeze(desktop);
}

const invoke: Invoke = (channel, input) => ipcRenderer.invoke(channel, input);
contextBridge.exposeInMainWorld('acuerda', buildApi(invoke));
contextBridge.exposeInMainWorld('acuerdaDesktop', buildDesktop(invoke));
