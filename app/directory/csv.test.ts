import { parseCsv, parseCsvRecords } from "./csv";

describe("parseCsv", () => {
  test.each<[string, string, string[][]]>([
    ["plain fields", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]],
    [
      "a quoted field holding commas",
      'QHG,"NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board",icb\n',
      [["QHG", "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "icb"]],
    ],
    ["doubled quotes inside a quoted field", '"say ""hi""",x\n', [['say "hi"', "x"]]],
    ["an apostrophe in an unquoted field", "RJ1,Guy's and St Thomas'\n", [["RJ1", "Guy's and St Thomas'"]]],
    ["empty fields, including a trailing one", "a,,c,\n", [["a", "", "c", ""]]],
    ["an empty quoted field", 'a,"",c\n', [["a", "", "c"]]],
    ["CRLF line ends", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["no final line end", "a,b\n1,2", [["a", "b"], ["1", "2"]]],
    ["a byte order mark", "\uFEFFcode,name\n", [["code", "name"]]],
    ["a line break inside quotes", '"two\nlines",x\n', [["two\nlines", "x"]]],
    ["blank lines", "a\n\nb\n", [["a"], ["b"]]],
    ["non-ASCII text", "W06000001,Cyngor Sir Ynys Môn\n", [["W06000001", "Cyngor Sir Ynys Môn"]]],
    ["nothing at all", "", []],
  ])("reads %s", (_, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  test.each([
    ["an unterminated quote", 'a,"never closed\n', /unterminated/],
    ["text after a closing quote", '"quoted"tail,b\n', /after closing quote/],
  ])("rejects %s", (_, text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });
});

describe("parseCsvRecords", () => {
  test("keys each row by the header", () => {
    expect(
      parseCsvRecords('code,name,name_cy\nE06000058,"Bournemouth, Christchurch and Poole Council",\n'),
    ).toEqual([{ code: "E06000058", name: "Bournemouth, Christchurch and Poole Council", name_cy: "" }]);
  });

  test("rejects a row with the wrong number of fields, naming the row", () => {
    expect(() => parseCsvRecords("code,name\nA,B\nC,D,E\n")).toThrow("row 3 has 3 fields, expected 2");
  });
});
