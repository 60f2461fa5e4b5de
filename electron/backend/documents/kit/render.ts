/** Turns a built document into the bytes of a .docx file. */
import { Packer, type Document } from 'docx';

export const renderDocument = (doc: Document): Promise<Buffer> => Packer.toBuffer(doc);
