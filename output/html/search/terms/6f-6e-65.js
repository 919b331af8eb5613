teSearchFile("terms/6f-6e-65",[["one",[1,2,20,4],[]]]);
