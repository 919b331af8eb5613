teSearchFile("terms/f-6f6f9bc6",[["~keyword:te-cultural-revolution",[1,1,2],[]]]);
