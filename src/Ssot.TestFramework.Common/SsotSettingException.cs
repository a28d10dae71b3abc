namespace Ssot.TestFramework.Common;

/// <summary>A kit setting (an <c>SSOT_*</c> environment variable) has a value the kit does not accept.</summary>
/// <remarks>The message names the variable, its value and what to set instead.</remarks>
public sealed class SsotSettingException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SsotSettingException"/> class.</summary>
    public SsotSettingException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SsotSettingException"/> class.</summary>
    /// <param name="message">What is wrong and what to set instead.</param>
    public SsotSettingException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SsotSettingException"/> class.</summary>
    /// <param name="message">What is wrong and what to set instead.</param>
    /// <param name="innerException">The cause.</param>
    public SsotSettingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
