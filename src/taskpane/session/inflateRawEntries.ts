/**
 * Runs a function that needs a synchronous raw-deflate inflater (the .xlsx package inspection) in a
 * browser, which only inflates asynchronously (DecompressionStream): a first run records what it asks
 * for, those parts are inflated, and a second run is answered from them. Without DecompressionStream
 * the parts come back empty, so only what part names reveal is found.
 */
export async function withInflatedEntries<T>(run: (inflateRaw: (data: Uint8Array) => Uint8Array) => T): Promise<T> {
  const requested: Uint8Array[] = [];
  run((data) => {
    requested.push(data);
    return new Uint8Array(0);
  });
  const Decompression = (globalThis as { DecompressionStream?: new (format: string) => TransformStream<Uint8Array, Uint8Array> }).DecompressionStream;
  if (Decompression === undefined || requested.length === 0) return run(() => new Uint8Array(0));
  const inflated = new Map<string, Uint8Array>();
  await Promise.all(
    requested.map(async (data) => {
      const stream = new Blob([data as BlobPart]).stream().pipeThrough(new Decompression("deflate-raw"));
      inflated.set(`${data.byteOffset}:${data.byteLength}`, new Uint8Array(await new Response(stream).arrayBuffer()));
    }),
  );
  return run((data) => inflated.get(`${data.byteOffset}:${data.byteLength}`) ?? new Uint8Array(0));
}
