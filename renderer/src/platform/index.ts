/** The backend as the renderer sees it: the preload's `window.acuerda`, or the web bridge. */
import type { AcuerdaApi } from '../../../shared/contract';
import { createWebBridge, takeTokenFromUrl } from './webBridge';

declare global {
  interface Window {
    acuerda?: AcuerdaApi;
  }
}

let api: AcuerdaApi | null = null;

/** Called once at start-up, before anything asks the backend. */
export function installBackend(): AcuerdaApi {
  api = window.acuerda ?? createWebBridge(takeTokenFromUrl());
  return api;
}

export function backend(): AcuerdaApi {
  return api ?? installBackend();
}
