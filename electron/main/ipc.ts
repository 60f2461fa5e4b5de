/**
 * One `ipcMain.handle` per contract method (channel `acuerda:<method>`). Each call is checked
 * against its sender frame before it reaches the dispatcher, which validates the input and never
 * throws: what crosses back is always a Result.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannel, METHOD_NAMES, type MethodName } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Dispatch } from '../backend/dispatch';
import { isTrustedSender } from './security';

const forbidden = (): Result<never> => ({ ok: false, error: { code: 'FORBIDDEN', key: 'app.forbidden' } });

/** What one channel does with one call; exported so it is tested without ipcMain. */
export function handleCall(
  dispatch: Dispatch,
  method: MethodName,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) return Promise.resolve(forbidden());
  return dispatch(method, input);
}

/** Registers every contract method and returns the channels, in contract order. */
export function registerIpc(dispatch: Dispatch): string[] {
  return METHOD_NAMES.map((method) => {
    const channel = ipcChannel(method);
    ipcMain.handle(channel, (event, input: unknown) => handleCall(dispatch, method, event, input));
    return channel;
  });
}
