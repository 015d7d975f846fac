// A minimal SMTP server for tests: accepts every message on 127.0.0.1 and keeps it (never relays anything).
import net from "node:net";

export interface SinkMessage {
  from: string;
  to: string[];
  data: string;
}

export function startSmtpSink(port: number): Promise<{ messages: SinkMessage[]; close: () => Promise<void> }> {
  const messages: SinkMessage[] = [];
  const server = net.createServer((socket) => {
    let current: SinkMessage = { from: "", to: [], data: "" };
    let inData = false;
    let buffer = "";
    socket.write("220 sink ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let index: number;
      while ((index = buffer.indexOf("\r\n")) !== -1) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            messages.push(current);
            current = { from: "", to: [], data: "" };
            socket.write("250 queued\r\n");
          } else current.data += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "MAIL") current.from = line;
        if (verb === "RCPT") current.to.push(line);
        if (verb === "DATA") inData = true;
        if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write(verb === "DATA" ? "354 go ahead\r\n" : "250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ messages, close: () => new Promise((r) => server.close(() => r())) })),
  );
}
