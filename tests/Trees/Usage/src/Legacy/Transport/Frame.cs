namespace Legacy.Transport;

public sealed class Frame
{
    public Frame? Next { get; set; }
}

[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class WireAttribute : System.Attribute
{
}
