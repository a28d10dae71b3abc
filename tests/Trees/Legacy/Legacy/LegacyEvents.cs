namespace Shop.Legacy;

public static class LegacyEvents
{
    public static event System.Action<string>? Sent;

    public static void Raise(string to) => Sent?.Invoke(to); // expect: SSOT001
}
