namespace App;

// café ÿþ invalid UTF-8 bytes in a comment
public class Latin
{
    public Legacy.OldThing? Thing { get; set; }
}
