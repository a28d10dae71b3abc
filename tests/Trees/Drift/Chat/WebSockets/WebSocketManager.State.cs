namespace Chat.WebSockets;

/// <summary>The canonical manager's other part: its own partials are the canonical type, never a copy.</summary>
public partial class WebSocketManager
{
    private readonly Dictionary<string, string> _state = new(StringComparer.Ordinal);

    public void WriteState(string key, string value)
    {
        lock (_state)
        {
            _state[key] = value;
        }
    }

    public string? ReadState(string key)
    {
        lock (_state)
        {
            return _state.TryGetValue(key, out string? value) ? value : null;
        }
    }
}
