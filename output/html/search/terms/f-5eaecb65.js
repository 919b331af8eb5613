teSearchFile("terms/f-5eaecb65",[["~place:te-38th-parallel",[1,1,2],[]]]);
