import { createSingleFlight, singleFlight } from '../../src/cache/single-flight';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('singleFlight', () => {
  it('runs compute once for a burst of 100 concurrent callers of one key', async () => {
    const flight = createSingleFlight();
    const gate = deferred<string>();
    const compute = jest.fn(() => gate.promise);
    const callers = Array.from({ length: 100 }, () => flight('k', compute));
    expect(flight.inFlight).toBe(1);
    gate.resolve('answer');
    await expect(Promise.all(callers)).resolves.toEqual(Array(100).fill('answer'));
    expect(compute).toHaveBeenCalledTimes(1);
    expect(flight.inFlight).toBe(0);
  });

  it('keeps different keys apart', async () => {
    const flight = createSingleFlight();
    const compute = jest.fn(async (k: string) => k.toUpperCase());
    const results = await Promise.all(['a', 'b', 'a', 'b'].map((k) => flight(k, () => compute(k))));
    expect(results).toEqual(['A', 'B', 'A', 'B']);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('shares a failure with the callers in flight but does not cache it', async () => {
    const flight = createSingleFlight();
    const gate = deferred<string>();
    const failing = jest.fn(() => gate.promise);
    const a = flight('k', failing);
    const b = flight('k', failing);
    gate.reject(new Error('db down'));
    await expect(a).rejects.toThrow('db down');
    await expect(b).rejects.toThrow('db down');
    expect(failing).toHaveBeenCalledTimes(1);
    await expect(flight('k', async () => 'recovered')).resolves.toBe('recovered');
  });

  it('turns a synchronous throw into a rejection and clears the entry', async () => {
    const inFlight = new Map<string, Promise<unknown>>();
    const p = singleFlight(inFlight, 'k', () => {
      throw new Error('sync');
    });
    await expect(p).rejects.toThrow('sync');
    expect(inFlight.size).toBe(0);
  });

  it('computes again once the previous call has settled (results are not cached here)', async () => {
    const flight = createSingleFlight();
    const compute = jest.fn(async () => 1);
    await flight('k', compute);
    await flight('k', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
