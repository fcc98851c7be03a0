import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** The entry's path inside the archive, with `/` separators; directories end with `/`. */
  name: string;
  data: Buffer;
  /** Unix permission bits when the archive was made on Unix (keeps scripts executable). */
  mode?: number;
}

export class ZipFormatError extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const UNIX_HOST = 3;

function findEndOfCentralDirectory(archive: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the end of the archive.
  const lowest = Math.max(0, archive.length - 22 - 0xffff);
  for (let at = archive.length - 22; at >= lowest; at--) {
    if (archive.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipFormatError('not a zip archive: no end of central directory record');
}

/**
 * Reads every entry of a zip archive (stored or deflated, as `zip` and CodeBuild's own S3 sources
 * make them). ZIP64 and encrypted archives are refused with a message saying so.
 */
export function readZipEntries(archive: Buffer): ZipEntry[] {
  if (archive.length < 22) throw new ZipFormatError('not a zip archive: too short');
  const end = findEndOfCentralDirectory(archive);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff)
    throw new ZipFormatError('ZIP64 archives are not supported; zip fewer or smaller files');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
      throw new ZipFormatError(`corrupt zip archive: entry ${i + 1} of the central directory is missing`);
    }
    const madeBy = archive.readUInt16LE(at + 4) >> 8;
    const flags = archive.readUInt16LE(at + 8);
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const externalAttributes = archive.readUInt32LE(at + 38);
    const localOffset = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new ZipFormatError(`encrypted zip entries are not supported (${name})`);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw new ZipFormatError(`ZIP64 entries are not supported (${name})`);
    }
    if (archive.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER) {
      throw new ZipFormatError(`corrupt zip archive: no local header for ${name}`);
    }
    const dataStart =
      localOffset + 30 + archive.readUInt16LE(localOffset + 26) + archive.readUInt16LE(localOffset + 28);
    const raw = archive.subarray(dataStart, dataStart + compressedSize);
    let data: Buffer;
    if (method === STORED) data = Buffer.from(raw);
    else if (method === DEFLATED) data = inflateRawSync(raw);
    else
      throw new ZipFormatError(`zip compression method ${method} of ${name} is not supported; use deflate`);
    const entry: ZipEntry = { name, data };
    const mode = (externalAttributes >>> 16) & 0o777;
    if (madeBy === UNIX_HOST && mode) entry.mode = mode;
    entries.push(entry);
  }
  return entries;
}
