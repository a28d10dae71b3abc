namespace Ssot.TestFramework.Testing;

/// <summary>One UnitTestResult of a TRX file.</summary>
public sealed record TrxResult(string Outcome, string Message, string StackTrace, string StdOut);
