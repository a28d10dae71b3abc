namespace Fx.Legacy;

public class OldClient
{
    public OldClient()
    {
    }

    public OldClient(bool secure)
    {
        Secure = secure;
    }

    public bool Secure { get; }

    public static void Send(string text)
    {
        if (text.Length > 100)
        {
            Send(text[1..]); // inside Send(string)'s own declaration: exempt
        }
    }

    public static void Send(object value)
    {
    }
}

public sealed class SecureClient : OldClient
{
    public SecureClient()
        : base(true) // exact: SSOT001(net10.0;net8.0)
    {
    }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class OldMarkerAttribute : Attribute
{
}

public static class Helpers
{
    public static void Connect()
    {
    }

    public static void Reconnect() => Connect(); // exact: SSOT001(net10.0;net8.0)
}

public interface IClient
{
}

public sealed class Client : IClient
{
}
