namespace Shop.Notifications;

public sealed class Notifier
{
    internal Notifier()
    {
    }

    public event System.EventHandler? Sent;

    public static Notifier Create() => new Notifier();

    public void Notify(string to, string text) => Sent?.Invoke(this, System.EventArgs.Empty);
}
