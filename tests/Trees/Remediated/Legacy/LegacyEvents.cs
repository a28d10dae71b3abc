namespace Shop.Legacy;

public static class LegacyEvents
{
    public static event System.Action<string>? Sent;
}
