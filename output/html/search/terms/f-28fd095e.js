teSearchFile("terms/f-28fd095e",[["~place:te-cambodia",[1,1,2],[]]]);
