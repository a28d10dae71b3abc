global using Legacy.Chat;
global using OSM = Legacy.Chat.OldSocketManager; // expect: SSOT002 SSOT003
