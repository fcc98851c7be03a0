import { unzipSync } from 'fflate';

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
 * The Unix permission bits of each entry, by name. fflate decompresses but does not report the
 * central directory's external attributes, and a build's scripts must stay executable, so those
 * few fields are read here.
 */
function unixModes(archive: Buffer): Map<string, number> {
  const end = findEndOfCentralDirectory(archive);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const modes = new Map<string, number>();
  for (let i = 0; i < count && at + 46 <= archive.length; i++) {
    if (archive.readUInt32LE(at) !== CENTRAL_FILE_HEADER) break;
    const madeBy = archive.readUInt16LE(at + 4) >> 8;
    const nameLength = archive.readUInt16LE(at + 28);
    const mode = (archive.readUInt32LE(at + 38) >>> 16) & 0o777;
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    if (madeBy === UNIX_HOST && mode) modes.set(name, mode);
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return modes;
}

function decompress(archive: Buffer): Record<string, Uint8Array> {
  try {
    return unzipSync(archive);
  } catch (err) {
    throw new ZipFormatError(`not a readable zip archive: ${(err as Error).message}`);
  }
}

/**
 * Reads every entry of a zip archive (stored or deflated, as `zip` and CodeBuild's own S3 sources
 * make them), in archive order.
 */
export function readZipEntries(archive: Buffer): ZipEntry[] {
  if (archive.length < 22) throw new ZipFormatError('not a zip archive: too short');
  const modes = unixModes(archive);
  return Object.entries(decompress(archive)).map(([name, content]) => {
    const entry: ZipEntry = { name, data: Buffer.from(content) };
    const mode = modes.get(name);
    if (mode) entry.mode = mode;
    return entry;
  });
}
