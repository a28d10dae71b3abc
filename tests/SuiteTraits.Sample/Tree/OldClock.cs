namespace Shop;

public static class OldClock
{
    public static long Now() => 0;
}
