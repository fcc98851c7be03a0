import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** The flexible checksums the emulator can verify; others (CRC32C, CRC64NVME) are accepted unchecked. */
const ALGORITHMS: Record<string, { name: string; compute: (body: Buffer) => string }> = {
  'x-amz-checksum-crc32': {
    name: 'CRC32',
    compute: (body) => {
      const out = Buffer.alloc(4);
      out.writeUInt32BE(crc32(body) >>> 0);
      return out.toString('base64');
    },
  },
  'x-amz-checksum-sha1': {
    name: 'SHA1',
    compute: (body) => createHash('sha1').update(body).digest('base64'),
  },
  'x-amz-checksum-sha256': {
    name: 'SHA256',
    compute: (body) => createHash('sha256').update(body).digest('base64'),
  },
};

export function crc32Base64(body: Buffer): string {
  return (ALGORITHMS['x-amz-checksum-crc32'] as { compute: (b: Buffer) => string }).compute(body);
}

/**
 * Checks the checksums a client sent (as headers or aws-chunked trailers) and Content-MD5 against the
 * payload; returns the first mismatch as S3 words it, or undefined when all match.
 */
export function checksumMismatch(
  body: Buffer,
  sent: Record<string, string | string[] | undefined>,
): string | undefined {
  const md5 = sent['content-md5'];
  if (typeof md5 === 'string' && md5 !== createHash('md5').update(body).digest('base64')) {
    return 'The Content-MD5 you specified did not match what we received.';
  }
  for (const [header, algorithm] of Object.entries(ALGORITHMS)) {
    const value = sent[header];
    if (typeof value === 'string' && value !== algorithm.compute(body)) {
      return `The ${algorithm.name} you specified did not match the calculated checksum.`;
    }
  }
  return undefined;
}
