namespace Legacy.Chat;

/// <summary>Old manager; use WebSocketManager. OldSocketManager stays until #12 is done.</summary>
public class OldSocketManager
{
    public static OldSocketManager Create() => new OldSocketManager();

    public void Send(string text)
    {
    }
}
