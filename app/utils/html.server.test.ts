import { moveTrailingIntoBody } from "./html.server";

describe("moveTrailingIntoBody", () => {
  it.each([
    ["<html><body><p>x</p></body></html><!--$--><script>a()</script><!--/$-->", "<html><body><p>x</p><!--$--><script>a()</script><!--/$--></body></html>"],
    ["<html><body><p>x</p></body></html>", "<html><body><p>x</p></body></html>"],
    ["no document at all", "no document at all"],
  ])("%s", (input, expected) => {
    expect(moveTrailingIntoBody(input)).toBe(expected);
  });
});
