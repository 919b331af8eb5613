teSearchFile("meta",{"version":2,"documents":1,"records":28,"block":100});
