namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>The result of validating one run's events. Immutable, so thread-safe.</summary>
/// <param name="RunId">The run id the events were grouped by (<see langword="null"/> for events without one).</param>
/// <param name="Events">The run's events, in order.</param>
/// <param name="Violations">What is wrong; empty when the run follows the protocol.</param>
public sealed record RunValidation(string? RunId, IReadOnlyList<ObservedEvent> Events, IReadOnlyList<ProtocolViolation> Violations)
{
    /// <summary>Gets a value indicating whether the run follows the protocol.</summary>
    public bool IsValid => Violations.Count == 0;
}
