namespace Chat.App;

// The canonical UserProfile's whole surface (Id, Name): two members, fewer than minimumMembers, so it is no finding.
public sealed class ProfileDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }
}
