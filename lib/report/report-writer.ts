// The layout primitives of the PDF report over pdfkit: sections, headings, paragraphs, lists and figures, each
// tagged (PDF structure elements: Sect, H1-H3, P, L/LI/LBody, Figure) so that a screen reader reads the report in
// order, and page furniture marked as artifacts. Sections and charts call these; none calls pdfkit's text directly.
import PDFDocument from "pdfkit";
import { plain } from "./format";
import { reportFontPath, type ReportFont } from "./fonts";

export const INK = "#1a1a1a";
export const MUTED = "#4b5563";
export const RULE = "#d1d5db";

const SIZE = { h1: 18, h2: 13, h3: 11, body: 10, small: 8.5 } as const;
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };

export interface TextStyle {
  font?: ReportFont;
  size?: number;
  color?: string;
  /** Space after, in points (default 6). */
  after?: number;
  indent?: number;
}

type Struct = PDFKit.PDFStructureElement;

export class ReportWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private current: Struct;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(meta: { title: string; subject: string; createdAt: Date; fontDir?: string }) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      pdfVersion: "1.7",
      tagged: true,
      lang: "en",
      displayTitle: true,
      bufferPages: true,
      // no default font ("" is falsy: pdfkit loads none, not even its built-in Helvetica metrics); "regular" is
      // opened by its registered name below instead
      font: "",
      info: { Title: meta.title, Subject: meta.subject, Author: "Bridge", Creator: "Bridge", CreationDate: meta.createdAt, ModDate: meta.createdAt },
    });
    for (const f of ["regular", "bold", "italic"] as const) this.doc.registerFont(f, reportFontPath(f, meta.fontDir));
    this.doc.font("regular");
    this.doc.on("data", (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
    this.current = this.root;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  /** The lowest y that content may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** A new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** A tagged section: its H1 and whatever `body` adds, on a new page unless told otherwise. */
  section(title: string, body: () => void, opts: { newPage?: boolean } = {}): void {
    if (opts.newPage !== false) this.newPage();
    const sect = this.doc.struct("Sect");
    this.current.add(sect);
    const parent = this.current;
    this.current = sect;
    this.heading(1, title);
    body();
    sect.end();
    this.current = parent;
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    this.doc.font("bold").fontSize(size);
    // keep a heading with the first lines after it
    this.ensure(this.measure(text, "bold", size) + 3 * SIZE.body * 1.3);
    if (level > 1) this.doc.y += level === 2 ? 8 : 4;
    this.tagged(`H${level}`, () => this.write(text, { font: "bold", size, after: level === 1 ? 10 : 4 }));
  }

  para(text: string, style: TextStyle = {}): void {
    this.tagged("P", () => this.write(text, style));
  }

  /** A paragraph whose first words are bold ("Wide gap. Marketing agrees …"). */
  lead(leadText: string, text: string, style: TextStyle = {}): void {
    const size = style.size ?? SIZE.body;
    this.tagged("P", () => {
      const x = this.left + (style.indent ?? 0);
      const width = this.width - (style.indent ?? 0);
      this.doc.fillColor(style.color ?? INK).font("bold").fontSize(size).text(plain(leadText) + " ", x, this.doc.y, { width, continued: true });
      this.doc.font(style.font ?? "regular").text(plain(text), { width });
      this.doc.y += style.after ?? 6;
      this.doc.x = this.left;
    });
  }

  small(text: string, style: TextStyle = {}): void {
    this.para(text, { size: SIZE.small, color: MUTED, ...style });
  }

  /** A bulleted list (L > LI > LBody). */
  list(items: readonly string[], style: TextStyle = {}): void {
    if (!items.length) return;
    const l = this.doc.struct("L");
    this.current.add(l);
    const indent = (style.indent ?? 0) + 12;
    const size = style.size ?? SIZE.body;
    for (const item of items) {
      this.ensure(Math.min(this.measure(item, style.font ?? "regular", size, indent), 3 * size * 1.3));
      const li = this.doc.struct("LI");
      l.add(li);
      const y = this.doc.y;
      this.artifact(() => this.doc.circle(this.left + indent - 7, y + size * 0.62, 1.6).fill(style.color ?? INK));
      li.add(this.doc.struct("LBody", {}, () => this.write(item, { ...style, indent, after: style.after ?? 3 })));
      li.end();
    }
    l.end();
    this.doc.y += 3;
  }

  /** A figure drawn in vectors within `height` points, with its alternative text; `draw` gets the top-left corner. */
  figure(alt: string, height: number, draw: (x: number, y: number, width: number) => void): void {
    this.ensure(height);
    const x = this.left;
    const y = this.doc.y;
    this.current.add(this.doc.struct("Figure", { alt: plain(alt) }, () => draw(x, y, this.width)));
    this.doc.x = this.left;
    this.doc.y = y + height;
  }

  /** Vector space between blocks: a thin rule, as page furniture. */
  rule(): void {
    this.ensure(12);
    const y = this.doc.y + 4;
    this.artifact(() => this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.5).strokeColor(RULE).stroke());
    this.doc.y = y + 8;
  }

  /** Height of a text in the given font and size at the content width (less an indent). */
  measure(text: string, font: ReportFont = "regular", size: number = SIZE.body, indent = 0): number {
    return this.doc.font(font).fontSize(size).heightOfString(plain(text), { width: this.width - indent });
  }

  /** Drawing that is not content (bullets, rules, footers): marked as an artifact, outside the structure tree. */
  artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Adds a tagged element to the current section, its content drawn by `draw`. */
  tagged(tag: string, draw: () => void): void {
    this.current.add(this.doc.struct(tag, {}, draw));
  }

  private write(text: string, style: TextStyle): void {
    const indent = style.indent ?? 0;
    this.doc
      .font(style.font ?? "regular")
      .fontSize(style.size ?? SIZE.body)
      .fillColor(style.color ?? INK)
      .text(plain(text), this.left + indent, this.doc.y, { width: this.width - indent, lineGap: 1.5 });
    this.doc.y += style.after ?? 6;
    this.doc.x = this.left;
  }

  /** Footers on every page but the first ("page n of m"), then the finished PDF. */
  async finish(footer: string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - 40;
      this.artifact(() => {
        this.doc.font("regular").fontSize(SIZE.small).fillColor(MUTED);
        this.doc.text(plain(footer), this.left, y, { width: this.width * 0.75, lineBreak: false, ellipsis: true, height: SIZE.small * 1.4 });
        this.doc.text(`Page ${i + 1} of ${range.count}`, this.left, y, { width: this.width, align: "right", lineBreak: false });
      }, "Pagination");
      this.doc.page.margins.bottom = bottom;
    }
    this.root.end();
    this.doc.end();
    return this.done;
  }
}

export const REPORT_TEXT_SIZE = SIZE;
