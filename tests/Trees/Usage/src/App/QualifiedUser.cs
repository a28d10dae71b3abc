namespace App;

public static class QualifiedUser
{
    public static object Run()
    {
        global::Legacy.Chat.SocketHelpers
            .Connect( // expect: SSOT001
                "ws://localhost");
        var frame = new Legacy.Transport.Frame(); // expect: SSOT001
        return frame;
    }
}
