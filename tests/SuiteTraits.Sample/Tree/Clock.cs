namespace Shop;

public sealed class Clock
{
    internal Clock()
    {
    }

    public static Clock Create() => new Clock();

    public long Now() => 0;
}
