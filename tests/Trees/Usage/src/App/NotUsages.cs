namespace App;

public static class NotUsages
{
    // OldSocketManager is deprecated; so are SocketHelpers.Connect and SendLegacy.
    /* new OldSocketManager() */
    public const string Text = "OldSocketManager Connect SendLegacy Legacy.Transport.Frame";

    public static string Name => nameof(OldSocketManager);

    public static string Method => nameof(SocketHelpers.Connect);

    public static string Verbatim => @"OSM";
}
