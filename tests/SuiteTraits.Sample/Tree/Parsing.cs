namespace Shop;

public static class Parsing
{
    public static int Legacy(string text) => text.Length;

    public static int Parse(string text) => text.Length;
}
