/**
 * The renderer's only door to the backend: `window.acuerda`, one function per contract method,
 * each forwarding its single argument over that method's IPC channel. Nothing else is exposed
 * (no ipcRenderer, no Node): the page cannot send on any other channel.
 *
 * Sandboxed preloads can only require 'electron' and a few built-ins, so this file is bundled
 * alone (with the contract and zod) into out/preload/index.cjs.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { type AcuerdaApi, ipcChannel, METHOD_NAMES } from '../../shared/contract';

export function buildApi(invoke: (channel: string, input: unknown) => Promise<unknown>): AcuerdaApi {
  const entries = METHOD_NAMES.map((method) => [method, (input: unknown) => invoke(ipcChannel(method), input)]);
  return Object.freeze(Object.fromEntries(entries)) as AcuerdaApi;
}

contextBridge.exposeInMainWorld(
  'acuerda',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
