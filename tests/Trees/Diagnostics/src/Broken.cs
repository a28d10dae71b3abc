namespace App;

public class Broken
{
    public OldThing Make( => new Legacy.OldThing(;
