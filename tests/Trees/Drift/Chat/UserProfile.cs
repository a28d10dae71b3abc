namespace Chat.Models;

public sealed class UserProfile
{
    public required string Id { get; init; }

    public required string Name { get; init; }
}
