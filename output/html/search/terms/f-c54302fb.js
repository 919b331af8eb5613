teSearchFile("terms/f-c54302fb",[["~person:te-matvei-vasilyevich-zakharov",[1,1,2],[]]]);
