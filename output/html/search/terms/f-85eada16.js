teSearchFile("terms/f-85eada16",[["~person:te-jerzy-giebultowski",[1,1,2],[]]]);
