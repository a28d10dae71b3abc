namespace Shop.Legacy;

public static class LegacyConfig
{
    public const int DefaultPort = 25;

    public static string SmtpHost { get; set; } = "localhost";
}
