#!/usr/bin/env python3
"""A tiny TCP forwarder for bench/cluster.sh: each new connection goes to the next backend in turn (round robin).

    tcp_proxy.py LISTEN_PORT HOST:PORT [HOST:PORT...]

SIGUSR1 cuts: every open connection is closed and new ones are refused (an outage of what is behind it);
SIGUSR2 restores. Used as the round-robin balancer in front of the two servers, and in front of Redis so that the
bench can take Redis away from the servers without stopping the machine's Redis.
"""
import asyncio
import itertools
import signal
import sys


async def main():
    port = int(sys.argv[1])
    backends = [(h, int(p)) for h, p in (b.rsplit(":", 1) for b in sys.argv[2:])]
    turn = itertools.cycle(backends)
    state = {"cut": False, "open": set()}

    async def pipe(reader, writer):
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def serve(client_reader, client_writer):
        if state["cut"]:
            client_writer.close()
            return
        host, backend_port = next(turn)
        try:
            backend_reader, backend_writer = await asyncio.open_connection(host, backend_port)
        except OSError:
            client_writer.close()
            return
        tasks = {asyncio.ensure_future(pipe(client_reader, backend_writer)),
                 asyncio.ensure_future(pipe(backend_reader, client_writer))}
        pair = (client_writer, backend_writer)
        state["open"].add(pair)
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for t in tasks:
            t.cancel()
        client_writer.close()
        backend_writer.close()
        state["open"].discard(pair)

    def cut():
        state["cut"] = True
        for pair in list(state["open"]):
            for w in pair:
                w.transport.abort()

    def restore():
        state["cut"] = False

    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, cut)
    loop.add_signal_handler(signal.SIGUSR2, restore)
    server = await asyncio.start_server(serve, "127.0.0.1", port, backlog=512)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
