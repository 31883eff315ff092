import { renderEmail, type EmailBlock } from "./layout";

const blocks: EmailBlock[] = [
  { type: "paragraph", text: "We have sent your complaint." },
  { type: "reference", label: "Your reference", value: "HSC-7KQ4-MX2P" },
  { type: "heading", text: "What happens next" },
  { type: "list", items: ["First step", "Second step"], ordered: true },
  { type: "list", items: ["A point"] },
  { type: "rows", rows: [{ key: "What happened?", value: "Line one\nLine two" }, { key: "Organisation", value: "Cyngor Sir Ynys Môn" }] },
  { type: "link", text: "Read our privacy notice", href: "https://example.org/en/privacy" },
];

describe("renderEmail", () => {
  it("sets the language on the document and on the wrapper that survives Gmail", () => {
    const { html } = renderEmail({ lang: "cy", preheader: "Rhagolwg", heading: "Cwyn wedi'i hanfon", blocks });
    expect(html).toMatch(/<html lang="cy"/);
    expect(html).toMatch(/<div lang="cy" dir="ltr" role="article"/);
  });

  it("escapes every piece of text, including attributes and the title", () => {
    const evil = `<script>alert("x")</script> & 'quotes'`;
    const { html } = renderEmail({
      lang: "en",
      preheader: evil,
      heading: evil,
      blocks: [
        { type: "paragraph", text: evil },
        { type: "heading", text: evil },
        { type: "list", items: [evil] },
        { type: "rows", rows: [{ key: evil, value: evil }] },
        { type: "reference", label: evil, value: evil },
        { type: "link", text: evil, href: `https://example.org/?a=1&b="2"` },
      ],
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain(`"x"`);
    // preheader; heading as title, aria-label and h1; one per block text (rows and reference have two each)
    expect(html.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;quotes&#39;/g)).toHaveLength(12);
    expect(html).toContain(`href="https://example.org/?a=1&amp;b=&quot;2&quot;"`);
  });

  it("supplies a text alternative containing every block", () => {
    const { text } = renderEmail({ lang: "en", preheader: "Preview", heading: "Complaint sent", blocks });
    for (const expected of [
      "Complaint sent\n==============",
      "We have sent your complaint.",
      "Your reference\nHSC-7KQ4-MX2P",
      "What happens next\n-----------------",
      "1. First step\n2. Second step",
      "- A point",
      "What happened?\nLine one\nLine two",
      "Organisation\nCyngor Sir Ynys Môn",
      "Read our privacy notice: https://example.org/en/privacy",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("<");
  });

  it("keeps line breaks in answers and marks answers up as a row-headed table", () => {
    const { html } = renderEmail({ lang: "en", preheader: "", heading: "H", blocks });
    expect(html).toContain("Line one<br>Line two");
    expect(html).toContain('<th scope="row"');
    expect(html).toContain("<ol ");
  });

  it("uses inline styles, the brand colour and no images or external CSS", () => {
    const { html } = renderEmail({ lang: "en", preheader: "", heading: "H", blocks });
    expect(html).toContain("#00625e");
    expect(html).not.toMatch(/<img|<link|<style|url\(/i);
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "/relative/path"])("refuses the link %s", (href) => {
    expect(() => renderEmail({ lang: "en", preheader: "", heading: "H", blocks: [{ type: "link", text: "x", href }] })).toThrow(/http\(s\) or mailto/);
  });
});
