teSearchFile("terms/f-b94ae102",[["~place:te-democratic-peoples-republic-of-korea",[1,1,2],[]]]);
