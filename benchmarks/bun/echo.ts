// TCP and UDP echo on Bun.listen and Bun.udpSocket, written the way Bun's docs show them.
// Usage: bun run echo.ts --tcp-port=N --udp-port=N [--tls-port=N --cert=PEM --key=PEM]
// (a port of -1 skips that server; TLS runs the same echo behind Bun's TLS with the given certificate)
// Backpressure as in the Java servers: what write() does not accept is kept, reading pauses,
// and drain() writes the rest before reading resumes.

const hostname = "127.0.0.1";
const arg = (name: string, fallback: number) =>
  Number(Bun.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);

type Pending = { rest: Uint8Array | null };
const text = (name: string) => Bun.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

const echoSocket = {
  open(socket) {
    socket.data = { rest: null };
  },
  data(socket, data) {
    const written = socket.write(data);
    if (written >= 0 && written < data.byteLength) {
      socket.data.rest = data.slice(written);
      socket.pause();
    }
  },
  drain(socket) {
    const rest = socket.data.rest;
    if (rest === null) return;
    const written = socket.write(rest);
    if (written >= 0 && written < rest.byteLength) {
      socket.data.rest = rest.subarray(written);
      return;
    }
    socket.data.rest = null;
    socket.resume();
  },
  error(socket, error) {
    console.error(error);
  },
};

const tcpPort = arg("tcp-port", 9000);
if (tcpPort >= 0) {
  const server = Bun.listen<Pending>({ hostname, port: tcpPort, socket: echoSocket });
  console.log(`Bun TCP echo on ${server.hostname}:${server.port}`);
}

const tlsPort = arg("tls-port", -1);
if (tlsPort >= 0) {
  const tls = { cert: Bun.file(text("cert")!), key: Bun.file(text("key")!) };
  const server = Bun.listen<Pending>({ hostname, port: tlsPort, tls, socket: echoSocket });
  console.log(`Bun TLS echo on ${server.hostname}:${server.port}`);
}

const udpPort = arg("udp-port", 9002);
if (udpPort >= 0) {
  // Datagrams the kernel refused (send() returned false) wait here, in order, for drain().
  const queued: [Uint8Array, number, string][] = [];
  const udp = await Bun.udpSocket({
    hostname,
    port: udpPort,
    socket: {
      data(socket, datagram, port, address) {
        if (queued.length > 0 || !socket.send(datagram, port, address)) {
          queued.push([datagram, port, address]);
        }
      },
      drain(socket) {
        while (queued.length > 0 && socket.send(...queued[0])) {
          queued.shift();
        }
      },
    },
  });
  console.log(`Bun UDP echo on ${udp.hostname}:${udp.port}`);
}
