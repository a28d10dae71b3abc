namespace Other.Sockets;

public sealed class WebSocketManager // expect: SSOT004
{
}

public sealed class Holder
{
    public sealed class WebSocketManager
    {
    }
}
