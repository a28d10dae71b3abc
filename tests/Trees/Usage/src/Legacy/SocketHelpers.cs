namespace Legacy.Chat;

public static class SocketHelpers
{
    public static void Connect(string url)
    {
    }
}
