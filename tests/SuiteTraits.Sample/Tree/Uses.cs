namespace Shop;

public static class Uses
{
    public static long Tick() => OldClock.Now();
}
