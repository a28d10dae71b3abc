namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// How a registry symbol is shown to a person: its documentation ID without the kind prefix
/// (<c>T:Chat.WebSocketManager</c> is shown <c>Chat.WebSocketManager</c>). Machine-readable fields (the JSON
/// <c>symbol</c>, SARIF properties, baseline keys) keep the full ID. Stateless and thread-safe.
/// </summary>
internal static class SymbolDisplay
{
    /// <summary>Returns <paramref name="documentationId"/> without its <c>T:</c>, <c>M:</c>, <c>N:</c>, <c>P:</c>, <c>F:</c> or <c>E:</c> prefix.</summary>
    public static string Of(string documentationId) =>
        documentationId is [('T' or 'M' or 'N' or 'P' or 'F' or 'E'), ':', ..] ? documentationId[2..] : documentationId;
}
